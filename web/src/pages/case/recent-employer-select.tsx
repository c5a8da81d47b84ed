// R-ASM-09: the Recent Employers list of a job's employer details. Choosing one fills in the employer's name and
// address; the list is the organisation's employers entered lately, so nothing is chosen until the user picks.
import { useState } from 'react';
import type { RecentEmployer } from '../../../../domain/recent-employers.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { RowSelect } from './rows.tsx';

const WORDS = defineWords({
  en: { recent: 'Recent employers' },
  fr: { recent: 'Employeurs récents' },
});

/** Each address field emptied, so an employer chosen after another leaves none of the first one's address. */
const NO_ADDRESS = { employerStreet: '', employerCity: '', employerProvince: '', employerPostalCode: '' };

export function RecentEmployerSelect(props: {
  employers: RecentEmployer[];
  onChoose(employer: typeof NO_ADDRESS & { employerName: string }): void;
}) {
  const w = useWords(WORDS);
  const [chosen, setChosen] = useState('');
  if (!props.employers.length) return null;
  const where = (e: RecentEmployer) => [e.employerCity, e.employerProvince].filter(Boolean).join(', ');
  return (
    <div className="form-row">
      <RowSelect
        label={w('recent')}
        value={chosen}
        options={props.employers.map((e, i) => ({
          value: String(i),
          label: where(e) ? `${e.employerName} (${where(e)})` : e.employerName,
        }))}
        onChange={(v) => {
          setChosen(v);
          const e = props.employers[Number(v)];
          if (v !== '' && e) props.onChoose({ ...NO_ADDRESS, ...e });
        }}
      />
    </div>
  );
}
