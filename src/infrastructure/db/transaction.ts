import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Custom endpoints run without a transaction: open one, pass `req` to every nested call
 * (a call without it would wait on a lock this transaction holds), commit or roll back.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
