/** A select's options, one per value, each shown by `label` (the value itself unless told). */
export function Options<V extends string>({ values, label = (value) => value }: { values: readonly V[]; label?: (value: V) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
