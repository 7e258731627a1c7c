type Props = {
  id: string
  name: string
  label: string
  type: string
  autoComplete: string
  hint?: string
  minLength?: number
}

/**
 * A labelled input, its hint tied to it for screen readers. Uncontrolled: what a quick diner types
 * before the page is interactive is kept, and the form reads it on submit.
 */
export function Field({ id, name, label, type, autoComplete, hint, minLength }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} autoComplete={autoComplete} required minLength={minLength} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** The form's fields as strings, by name. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value)]))
}
