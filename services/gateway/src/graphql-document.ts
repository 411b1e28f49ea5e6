import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The operation a request runs: the named one, or the only one. */
export function operationOf(doc: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? ops.find((o) => o.name?.value === name) : ops[0];
}

/** The fields of a selection set, with fragment spreads and inline fragments opened (one level of response). */
export function fieldsOf(set: SelectionSetNode | undefined, doc: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, doc, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = doc.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) out.push(...fieldsOf(fragment.selectionSet, doc, seen));
    }
  }
  return out;
}

export const responseKey = (f: FieldNode): string => f.alias?.value ?? f.name.value;
