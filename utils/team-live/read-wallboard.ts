import { runTeamQuery, type TeamResult, type TeamSource } from '../team-log/client';
import { boardTabs, wallboardQuery, type BoardTab } from './presence';

/** The wallboard's read: each live tab with the server's clock. */
export async function readWallboard(source: TeamSource): Promise<TeamResult<{ tabs: BoardTab[]; serverNow: number }>> {
  const result = await runTeamQuery(source, wallboardQuery(source.connection.database), 8000);
  if (!result.ok) return result;
  return { ok: true, value: boardTabs(result.value.split('\n').filter((l) => l !== '')) };
}
