import type { CourseBlueprint } from '@/lib/courses/queries';

/** Domain weights as bars; the table itself is the accessible form of the chart. */
export function BlueprintWeights({ domains }: { domains: CourseBlueprint['domains'] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Exam domains and their weights</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Weight</th>
        </tr>
      </thead>
      <tbody>
        {domains.map((domain) => (
          <tr key={domain.id} className="align-middle">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium">
              <a href={`#domain-${domain.code}`} className="hover:underline">
                {domain.code} {domain.title}
              </a>
            </th>
            <td className="w-2/5 py-1.5 sm:w-1/2">
              <div className="flex items-center gap-2">
                <div className="h-3 flex-1 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                  <div className="h-3 rounded bg-brand-500" style={{ width: `${domain.weight}%` }} />
                </div>
                <span className="w-10 text-right tabular-nums">{domain.weight}%</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
