import pg from "pg";

/** The server the storage tests use: `SITREP_TEST_POSTGRES` (CI starts one with scripts/start-test-postgres.sh). */
export const testPostgresUrl = process.env.SITREP_TEST_POSTGRES ?? null;

/** A new, empty database on the test server, so each test starts from nothing. */
export async function freshPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `sitrep_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
