import { Migration } from '@mikro-orm/migrations';

/**
 * natural_sort_key(text): every run of Arabic or Chinese numerals becomes its value padded to
 * six digits, so addresses sort as people read them (一组2号 < 一组10号 < 二组1号). The same
 * rule as src/util/natural-order.ts; immutable, so it can back an expression index.
 */
export class Migration20261122024500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function natural_sort_key(s text) returns text
language plpgsql immutable parallel safe as $fn$
declare
  rest text := coalesce(s, '');
  out text := '';
  m text[];
  tok text;
  n bigint;
  ten int;
  digit constant text := '零一二三四五六七八九';
begin
  loop
    m := regexp_match(rest, '^(.*?)([0-9]+|[零〇一二两三四五六七八九十]+)(.*)$');
    exit when m is null;
    tok := m[2];
    if tok ~ '^[0-9]+$' then
      n := left(tok, 15)::bigint;
    else
      tok := replace(replace(tok, '〇', '零'), '两', '二');
      ten := position('十' in tok);
      if ten = 0 then
        n := 0;
        for i in 1..char_length(tok) loop
          n := n * 10 + greatest(position(substr(tok, i, 1) in digit) - 1, 0);
        end loop;
      else
        n := (case when ten = 1 then 1 else greatest(position(substr(tok, ten - 1, 1) in digit) - 1, 0) end) * 10
           + (case when ten = char_length(tok) then 0 else greatest(position(substr(tok, ten + 1, 1) in digit) - 1, 0) end);
      end if;
    end if;
    out := out || m[1] || lpad(n::text, 6, '0');
    rest := m[3];
  end loop;
  return out || rest;
end
$fn$;`);
    this.addSql(
      `create index "household_village_natural_address" on "household" ("village_code", natural_sort_key("address"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "household_village_natural_address";');
    this.addSql('drop function if exists natural_sort_key(text);');
  }
}
