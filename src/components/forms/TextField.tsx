type Props = {
  id: string
  name: string
  label: string
  type?: string
  autoComplete?: string
  hint?: string
  error?: string
  defaultValue?: string
  required?: boolean
  autoCapitalize?: string
}

/**
 * A labelled input with its hint and its error tied to it for screen readers. Uncontrolled: what is
 * typed before the page is interactive is kept, and the form reads it on submit.
 */
export function TextField({ id, name, label, type = 'text', autoComplete, hint, error, defaultValue, required = false, autoCapitalize }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        autoCapitalize={autoCapitalize}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
