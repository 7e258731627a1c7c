import pg from 'pg'

/**
 * What a restore must give back: per table, its row count and an md5 over its rows (in a stable
 * order), so one changed value anywhere shows.
 */
export async function databaseFingerprint(uri: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    const result: Record<string, { rows: number; md5: string | null }> = {}
    for (const { name } of tables) {
      const q = `"${name.replace(/"/g, '""')}"`
      const { rows } = await client.query<{ n: number; md5: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${q} t`)
      result[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 }
    }
    return result
  } finally {
    await client.end()
  }
}

export async function sqlOn(uri: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * The public schema's shape — columns, constraints, indexes, enum labels, extensions — as sorted
 * text, so two databases built different ways (Payload's migrate, the restore's) can be compared.
 */
export async function schemaFingerprint(uri: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const list = async (query: string) => (await client.query<{ x: string }>(query)).rows.map((r) => r.x).sort()
    return {
      columns: await list(
        `SELECT concat_ws(' ', table_name, column_name, data_type, udt_name, is_nullable, column_default, is_generated) AS x
           FROM information_schema.columns WHERE table_schema = 'public'`,
      ),
      constraints: await list(
        `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS x
           FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
      ),
      indexes: await list(`SELECT indexdef AS x FROM pg_indexes WHERE schemaname = 'public'`),
      enums: await list(
        `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS x
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
      ),
      extensions: await list(`SELECT extname AS x FROM pg_extension`),
    }
  } finally {
    await client.end()
  }
}
