import { useState } from 'react';
import { t } from '@/utils/state/settings';
import { encodeConnection } from '@/utils/team-sync/connection';
import { agentUser, newPassword, setupSql, teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { usersXml } from '@/utils/team-sync/users-xml';
import { isPlainHttp, maskCode, maskSecrets } from '@/utils/team-sync/mask-secrets';
import { CopyButton } from './CopyButton';

/**
 * The lead's setup of the team log (ClickHouse ≥ 23.11): the SQL to run once, and one connection code per agent to
 * hand over. Passwords are made here and shown once; nothing of them is stored by the extension on this page.
 */
export function TeamSyncSetup() {
  const tr = t.value;
  const [url, setUrl] = useState('https://');
  const [database, setDatabase] = useState('kefu');
  const [staff, setStaff] = useState('');
  const [made, setMade] = useState<{ sql: string; usersXml: string; legacySql: string; codes: { staffId: string; code: string }[]; lead: string; passwords: string[] } | null>(null);
  /** Passwords are masked on screen (a shoulder, a screen share); copying hands over the real text. */
  const [reveal, setReveal] = useState(false);
  const [error, setError] = useState('');
  const generate = () => {
    const ids = [
      ...new Set(
        staff
          .split(/[\s,，]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (!/^https?:\/\/[^/]+/.test(url) || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(database) || ids.length === 0) return setError(tr('teamSetup.invalid'));
    setError('');
    const agents = ids.map((staffId) => ({ staffId, user: agentUser(staffId), password: newPassword() }));
    const lead = { user: 'kefu_lead', password: newPassword() };
    setMade({
      sql: `${setupSql(database, agents, lead).join(';\n')};\n`,
      // Debian's 18.16 has no SQL users: the same accounts as a users.xml, and the tables without what it lacks.
      usersXml: usersXml({ database, agents, lead, networks: ['::/0'] }),
      legacySql: `CREATE DATABASE IF NOT EXISTS ${database};\n${teamTablesDdl(database, { stampUser: false, lowCardinality: false, ttl: false }).join(';\n')};\n`,
      codes: agents.map((a) => ({ staffId: a.staffId, code: encodeConnection({ url, user: a.user, password: a.password, database }) })),
      lead: encodeConnection({ url, user: lead.user, password: lead.password, database }),
      passwords: [...agents.map((a) => a.password), lead.password],
    });
    setReveal(false);
  };
  /** One agent's (or the lead's) code, masked until shown, with its copy button. */
  const codeRow = (staff: string, label: string, code: string) => (
    <tr key={staff} data-staff={staff}>
      <td>{label}</td>
      <td>
        <code className="dash-code">{reveal ? code : maskCode(code)}</code>
      </td>
      <td>
        <CopyButton text={code} testId="team-setup-copy-code" />
      </td>
    </tr>
  );
  return (
    <section className="dash-rules-block" data-testid="team-setup">
      <h2>{tr('teamSetup.title')}</h2>
      <ol className="dash-muted">
        {(['1', '2', '3', '4', '5'] as const).map((n) => (
          <li key={n}>{tr(`teamSetup.step${n}`)}</li>
        ))}
      </ol>
      <label>
        {tr('teamSetup.url')} <input value={url} onChange={(e) => setUrl(e.target.value)} data-testid="team-setup-url" size={40} />
      </label>
      {isPlainHttp(url) && (
        <p className="dash-bad" role="alert" data-testid="team-setup-http">
          {tr('teamSetup.plainHttp')}
        </p>
      )}
      <label>
        {tr('teamSetup.database')} <input value={database} onChange={(e) => setDatabase(e.target.value)} />
      </label>
      <label className="dash-block-label">
        {tr('teamSetup.staff')}
        <textarea rows={3} value={staff} onChange={(e) => setStaff(e.target.value)} data-testid="team-setup-staff" />
      </label>
      <button type="button" className="primary" onClick={generate} data-testid="team-setup-generate">
        {tr('teamSetup.generate')}
      </button>
      {error && (
        <p className="dash-bad" role="alert">
          {error}
        </p>
      )}
      {made && (
        <>
          <label className="dash-inline">
            <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} data-testid="team-setup-reveal" /> {tr('teamSetup.reveal')}
          </label>
          <h3>
            {tr('teamSetup.sql')} <CopyButton text={made.sql} testId="team-setup-copy-sql" />
          </h3>
          <textarea className="dash-json" rows={12} readOnly value={reveal ? made.sql : maskSecrets(made.sql, made.passwords)} data-testid="team-setup-sql" />
          <details>
            <summary>{tr('teamSetup.legacy')}</summary>
            <textarea className="dash-json" rows={8} readOnly value={made.legacySql} data-testid="team-setup-legacy-sql" />
            <textarea className="dash-json" rows={12} readOnly value={made.usersXml} data-testid="team-setup-users-xml" />
          </details>
          <h3>{tr('teamSetup.codes')}</h3>
          <table className="dash-rule-table" data-testid="team-setup-codes">
            <tbody>
              {made.codes.map((c) => codeRow(c.staffId, c.staffId, c.code))}
              {codeRow('lead', tr('teamSetup.leadCode'), made.lead)}
            </tbody>
          </table>
          <p className="dash-muted">{tr('teamSetup.once')}</p>
        </>
      )}
    </section>
  );
}
