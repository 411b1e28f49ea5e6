import type { ApolloServerPlugin } from '@apollo/server';
// the one copy of graphql that type-graphql and Apollo load (see scalars.ts)
import {
  GraphQLError,
  Kind,
  TypeInfo,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql/index.js';
import { Extensions } from 'type-graphql';
import { AppError, badInput } from './errors.js';
import { DATE_TIME_MESSAGE } from './scalars.js';

/** The longest text any String or ID argument or input field takes unless it declares its own limit. */
export const DEFAULT_MAX_TEXT_LENGTH = 2000;

const MAX_LENGTH = 'maxLength';
const ARG_MAX_LENGTH = 'argMaxLength';

function checkLimit(chars: number): void {
  if (!Number.isInteger(chars) || chars < 1)
    throw new Error(`MaxLength: ${chars} is not a positive number of characters`);
}

/**
 * The longest text an input field (`@InputType`) or an `@ArgsType` field takes, in characters,
 * instead of DEFAULT_MAX_TEXT_LENGTH — larger or smaller. Put it beside `@Field`.
 */
export function MaxLength(chars: number): PropertyDecorator {
  checkLimit(chars);
  return Extensions({ [MAX_LENGTH]: chars }) as PropertyDecorator;
}

/**
 * Limits of a query's or mutation's inline `@Arg` arguments, by argument name; put it beside
 * `@Mutation`, e.g. `@ArgMaxLength({ reason: 200 })`.
 */
export function ArgMaxLength(limits: Record<string, number>): MethodDecorator {
  Object.values(limits).forEach(checkLimit);
  return Extensions({ [ARG_MAX_LENGTH]: { ...limits } }) as MethodDecorator;
}

/** Declared limits by `Type.field` (input fields) and `Type.field(arg)` (arguments). */
export type InputLimits = ReadonlyMap<string, number>;

const numberIn = (ext: Record<string, unknown> | null | undefined, key: string): number | undefined =>
  typeof ext?.[key] === 'number' ? ext[key] : undefined;

/**
 * Reads MaxLength/ArgMaxLength from a schema type-graphql built (extensions live there; the SDL the
 * federated schema is rebuilt from does not carry them).
 */
export function collectInputLimits(schema: GraphQLSchema): InputLimits {
  const limits = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) {
        const n = numberIn(f.extensions, MAX_LENGTH);
        if (n !== undefined) limits.set(`${type.name}.${f.name}`, n);
      }
    } else if (isObjectType(type)) {
      for (const f of Object.values(type.getFields())) {
        const byArg = f.extensions?.[ARG_MAX_LENGTH] as Record<string, number> | undefined;
        for (const a of f.args) {
          const inline = byArg && Object.hasOwn(byArg, a.name) ? byArg[a.name] : undefined;
          const n = numberIn(a.extensions, MAX_LENGTH) ?? inline;
          if (n !== undefined) limits.set(`${type.name}.${f.name}(${a.name})`, n);
        }
      }
    }
  }
  return limits;
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls. PostgreSQL refuses NUL outright.
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Why a text is refused, or null: control characters, or more characters (code points) than `max`. */
export function textProblem(value: string, max: number): string | null {
  if (CONTROL.test(value)) return '不能包含控制字符（如 NUL、响铃、转义符）；只允许换行和制表符';
  if (value.length > max) {
    const chars = [...value].length; // a character outside the BMP is two UTF-16 units but one character
    if (chars > max) return `不能超过 ${max} 个字（现有 ${chars} 个）`;
  }
  return null;
}

const BUILT_IN_MESSAGES: Record<string, string> = {
  Int: '应为 -2147483648 到 2147483647 之间的整数',
  Float: '应为数字',
  Boolean: '应为 true 或 false',
  String: '应为文字',
  ID: '应为编号（文字）',
  DateTime: DATE_TIME_MESSAGE,
};

type ParsingType = GraphQLInputType & { name: string; parseValue(v: unknown): unknown };

function scalarProblem(type: ParsingType, value: unknown): string | null {
  try {
    const parsed = type.parseValue(value);
    if (isEnumType(type) && parsed === undefined) throw new Error('not a value');
    return null;
  } catch {
    if (isEnumType(type))
      return `取值无效，应为 ${type
        .getValues()
        .map((v) => v.name)
        .join('、')} 之一`;
    return BUILT_IN_MESSAGES[type.name] ?? '取值格式无效';
  }
}

/** Strings anywhere inside a JSON value: control characters refused, each string at most `max`. */
function checkJson(value: unknown, path: string, max: number, depth = 0): AppError | null {
  if (typeof value === 'string') {
    const p = textProblem(value, max);
    return p ? badInput(path, p) : null;
  }
  if (depth > 32) return badInput(path, '嵌套层级过深');
  if (value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const e = checkJson(k, path, max, depth + 1) ?? checkJson(v, `${path}.${k}`, max, depth + 1);
    if (e) return e;
  }
  return null;
}

/** Walks one argument value along its type; the first problem, named by its path (`input.head.name`). */
function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  max: number | undefined,
  limits: InputLimits,
): AppError | null {
  if (value === null || value === undefined) return null; // a missing required value is execution's to report
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, max, limits);
  if (isListType(type)) {
    // a single value is a list of one
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, max, limits);
    for (const [i, item] of value.entries()) {
      const e = checkValue(item, type.ofType, `${path}.${i}`, max, limits);
      if (e) return e;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return badInput(path, '应为一组字段（对象）');
    const fields = type.getFields();
    for (const [k, v] of Object.entries(value)) {
      if (!Object.hasOwn(fields, k)) return badInput(`${path}.${k}`, '没有这个字段');
      const e = checkValue(v, fields[k].type, `${path}.${k}`, limits.get(`${type.name}.${k}`), limits);
      if (e) return e;
    }
    return null;
  }
  const limit = max ?? DEFAULT_MAX_TEXT_LENGTH;
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID') && typeof value === 'string') {
    const p = textProblem(value, limit);
    return p ? badInput(path, p) : null;
  }
  if (isScalarType(type) && (type.name === 'JSON' || type.name === 'JSONObject')) return checkJson(value, path, limit);
  // federation's own scalars (_Any, link__Import …) are the gateway's business
  if (isScalarType(type) && (type.name.startsWith('_') || type.name.includes('__'))) return null;
  const problem = isScalarType(type) || isEnumType(type) ? scalarProblem(type, value) : null;
  return problem ? badInput(path, problem) : null;
}

/**
 * The first argument of the operation that is not acceptable input: text with control characters
 * or longer than its limit, a value its scalar or enum refuses (2026-02-30). Inline literals and
 * variables alike, before anything executes; a fragment's arguments count where it is used.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  limits: InputLimits,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): AppError | null {
  const typeInfo = new TypeInfo(schema);
  let found: AppError | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        if (found) return false;
        const arg = typeInfo.getArgument();
        if (!arg) return false;
        const directive = typeInfo.getDirective();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const key = directive ? `@${directive.name}(${arg.name})` : `${parent?.name}.${field?.name}(${arg.name})`;
        const name = node.value.kind === Kind.VARIABLE ? node.value.name.value : null;
        const given = name !== null && Object.hasOwn(variables, name) ? variables[name] : undefined;
        const value = name !== null ? given : valueFromASTUntyped(node.value, variables);
        found = checkValue(value, arg.type, arg.name, limits.get(key), limits);
        return false;
      },
    }),
  );
  return found;
}

/**
 * Apollo plugin: refuses an operation whose input is unacceptable before any resolver runs, as
 * BAD_USER_INPUT with `extensions.field` the argument path and a Chinese message (HTTP 400, as for
 * Apollo's own bad variables). The one input check every subgraph shares.
 */
export function inputGuardPlugin(limits: InputLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (!ctx.operation) return;
          const variables = (ctx.request.variables ?? {}) as Record<string, unknown>;
          const problem = checkOperationInputs(ctx.schema, limits, ctx.document, ctx.operation, variables);
          if (!problem) return;
          throw new GraphQLError(problem.message, { originalError: problem, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}

/** Limits recorded per built schema, so the server finds those of the schema it serves. */
const limitsBySchema = new WeakMap<GraphQLSchema, InputLimits>();
export const rememberInputLimits = (schema: GraphQLSchema, limits: InputLimits): void => {
  limitsBySchema.set(schema, limits);
};
export const inputLimitsOf = (schema: GraphQLSchema): InputLimits => limitsBySchema.get(schema) ?? new Map();
