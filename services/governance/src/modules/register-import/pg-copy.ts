import type pg from 'pg';

/** The parts of pg's Connection a `COPY … FROM STDIN` needs (pg 8 has them; pg-copy-streams wraps the same calls). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

/**
 * `COPY table (cols) FROM STDIN` through the pg client without pg-copy-streams: a Submittable
 * that answers CopyInResponse with CopyData messages (waiting for the socket to drain), then CopyDone.
 */
class CopyIn implements pg.Submittable {
  private error: Error | null = null;
  rowCount = 0;

  constructor(
    private readonly sql: string,
    private readonly chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
    private readonly done: (e: Error | null, rows: number) => void,
  ) {}

  submit(connection: pg.Connection): void {
    (connection as unknown as { query(text: string): void }).query(this.sql);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    void (async () => {
      for await (const chunk of this.chunks) {
        if (this.error) return;
        connection.sendCopyFromChunk(chunk);
        if (connection.stream.writableNeedDrain) await new Promise((r) => connection.stream.once('drain', r));
      }
      connection.endCopyFrom();
    })();
  }

  handleCommandComplete(msg: { text?: string }): void {
    const m = /COPY (\d+)/.exec(msg.text ?? '');
    if (m) this.rowCount = Number(m[1]);
  }

  handleReadyForQuery(): void {
    this.done(this.error, this.rowCount);
  }

  handleError(e: Error): void {
    this.error = e;
    // pg drops the active query on an error, so ReadyForQuery never reaches us: settle now
    this.done(e, 0);
  }

  // a COPY FROM answers none of these, but pg calls them on any query
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `COPY … FROM STDIN` (text format) with the given chunks; resolves with the row count. */
export function copyFrom(
  client: pg.Client,
  sql: string,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let settled = false;
    void client.query(
      new CopyIn(sql, chunks, (e, rows) => {
        if (settled) return;
        settled = true;
        if (e) reject(e);
        else resolve(rows);
      }),
    );
  });
}

const SPECIAL = /[\\\t\n\r]/;
const escapeSpecial = (s: string): string =>
  s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/** One value in COPY text format: `\N` for null, backslash escapes for the specials. */
export function copyValue(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return SPECIAL.test(v) ? escapeSpecial(v) : v;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return String(v);
}

/** Rows → COPY text, in chunks of about half a million characters. */
export function* copyChunks(rows: Iterable<(string | number | boolean | null)[]>): Generator<Buffer> {
  let text = '';
  for (const row of rows) {
    let line = copyValue(row[0]);
    for (let i = 1; i < row.length; i++) line += `\t${copyValue(row[i])}`;
    text += `${line}\n`;
    if (text.length > 1 << 19) {
      yield Buffer.from(text);
      text = '';
    }
  }
  if (text) yield Buffer.from(text);
}
