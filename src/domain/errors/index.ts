export { ERROR_CODES, ERROR_MESSAGES, codeForStatus, errorMessage, isErrorCode, managerMayForce, remedyMessage, type ErrorCode, type ErrorParams, type Remedy } from './messages'
export { answerLanguage } from './language'
export { refusalOfIssue, type FieldRefusal } from './zod'
