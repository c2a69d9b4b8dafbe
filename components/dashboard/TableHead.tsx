/** A table's header row, one cell per title (an empty title leaves its cell empty, as over a row's own label). */
export function TableHead({ titles }: { titles: readonly string[] }) {
  return (
    <thead>
      <tr>{titles.map((title, column) => (title ? <th key={column}>{title}</th> : <th key={column} />))}</tr>
    </thead>
  );
}
