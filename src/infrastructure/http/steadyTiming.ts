/**
 * Runs `work` and answers no sooner than `minimumMs` after it started, so that how long an answer
 * took says nothing about which way it went (a match queues an email and a miss does not). The
 * minimum sits well above the slower path's usual time; past it, both are as slow as the server.
 */
export async function answerNoSoonerThan<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const left = minimumMs - (performance.now() - started)
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
  return result
}
