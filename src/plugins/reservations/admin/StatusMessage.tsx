'use client'

export type Message = { text: string; alert: boolean }

/** The outcome of a staff action: announced politely when it worked, as an alert when it was refused. */
export function StatusMessage({ message, testId }: { message: Message | null; testId?: string }) {
  if (!message) return null
  return (
    <p role={message.alert ? 'alert' : 'status'} data-testid={testId} className={message.alert ? 'staff-message staff-message--alert' : 'staff-message'}>
      {message.text}
    </p>
  )
}
