export { ERROR_CODES, ERROR_MESSAGES, codeForStatus, errorMessage, isErrorCode, isRemedy, managerMayForce, refusalWithRemedy, remedyMessage, type ErrorCode, type ErrorParams, type Remedy } from './messages'
export { answerLanguage } from './language'
export { refusalOfIssue, type FieldRefusal } from './zod'
