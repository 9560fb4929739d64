export function TableHead({ headings }: { headings: string[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {headings.map((heading) => (
          <th key={heading} scope="col" className="px-2 py-2 font-semibold">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
