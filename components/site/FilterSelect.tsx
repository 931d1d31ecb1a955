/** One labelled filter of a GET form: a choice among options, with an "all" choice first. */
export function FilterSelect({
  label,
  name,
  value,
  allLabel,
  options,
}: {
  label: string
  name: string
  value: string
  allLabel: string
  options: readonly { value: string; label: string }[]
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
