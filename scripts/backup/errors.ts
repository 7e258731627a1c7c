/**
 * A backup that was refused or a restore that was rolled back. Its message is one sentence that
 * says what happened and that the database is as it was; `npm run restore` prints it, never a stack.
 */
export class RestoreError extends Error {
  override name = 'RestoreError'
}
