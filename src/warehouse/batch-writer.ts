import { warehouseDialect, type Warehouse } from './database.ts';
import { writeBatch, writeTransaction } from './write-transaction.ts';

/** The one writer of a run: writes run one at a time, many documents to a transaction. */
export interface BatchWriter {
  /**
   * Queues a write; it runs inside the current batch (each whole or undone,
   * see `writeTransaction`) and resolves once its batch is committed, or
   * rejects with its own error (the rest of the batch goes on) or with the
   * commit's.
   */
  write<T>(work: (db: Warehouse) => Promise<T>): Promise<T>;
}

/** At most this many writes go in one transaction, so a batch's locks and its loss in a power cut stay small. */
const MAX_BATCH = 64;

/**
 * How long an open SQLite batch waits for the next write when the queue
 * runs dry. Documents arrive from the workers milliseconds apart, slower
 * than the writer stores them, so without it nearly every document was a
 * commit of its own, each rewriting the index pages it touched. The run
 * keeps enough files in hand that the workers go on meanwhile. PostgreSQL
 * batches do not wait: a batch holds the lock other shards' writers wait
 * for.
 */
export const LINGER_MS = 20;

interface Queued {
  readonly work: (db: Warehouse) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The writer of a run: queued writes run in order, in batches. A batch
 * opens a transaction when a write is queued and none is running, takes the
 * writes queued while it runs (up to {@link MAX_BATCH}), and commits when
 * the queue is empty (on SQLite, once no write came for {@link LINGER_MS}):
 * under load many documents share a commit, and a lone write is committed
 * at once, or nearly. A write that fails is undone alone (its
 * savepoint); a commit that fails fails every write of its batch, and
 * nothing of them is stored.
 *
 * @example
 * const writer = createBatchWriter(db); await writer.write((trx) => writeVersion(trx, w));
 */
export function createBatchWriter(db: Warehouse): BatchWriter {
  const queue: Queued[] = [];
  let running = false;
  const linger = warehouseDialect(db) === 'sqlite' ? LINGER_MS : 0;
  // wakes a batch waiting for the next write
  let arrived: (() => void) | null = null;
  const nextWrite = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        arrived = null;
        resolve();
      }, linger);
      arrived = () => {
        clearTimeout(timer);
        arrived = null;
        resolve();
      };
    });

  const drain = async (): Promise<void> => {
    running = true;
    try {
      while (queue.length > 0) {
        const batch: Array<{ readonly q: Queued; outcome: { ok: true; value: unknown } | { ok: false; error: unknown } }> = [];
        try {
          await writeBatch(db, async (trx) => {
            while (batch.length < MAX_BATCH) {
              if (queue.length === 0 && linger > 0) await nextWrite();
              if (queue.length === 0) break;
              const q = queue.shift()!;
              const item: (typeof batch)[number] = { q, outcome: { ok: true, value: undefined } };
              batch.push(item);
              try {
                // each write its own savepoint: undone alone when it fails
                item.outcome = { ok: true, value: await writeTransaction(trx, q.work) };
              } catch (error) {
                item.outcome = { ok: false, error };
              }
            }
          });
        } catch (error) {
          // the commit failed: nothing of the batch is stored; a transaction that could not even begin fails what waits for it
          for (const { q } of batch) q.reject(error);
          if (batch.length === 0) for (const q of queue.splice(0)) q.reject(error);
          continue;
        }
        for (const { q, outcome } of batch) {
          if (outcome.ok) q.resolve(outcome.value);
          else q.reject(outcome.error);
        }
      }
    } finally {
      running = false;
    }
  };

  return {
    write: <T>(work: (db: Warehouse) => Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        arrived?.();
        if (!running) void drain();
      }),
  };
}
