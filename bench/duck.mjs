// duck.mjs — the DuckDB peer of bench/run.sh: the benchmark queries in SQL
// over read_ndjson, printed as TSV (missing values as "").
// usage: node duck.mjs q1|q2|q3 FILE   (run from the folder holding node_modules)
import { DuckDBInstance } from '@duckdb/node-api';

const [q, file] = process.argv.slice(2);
const src = `read_ndjson('${file.replace(/'/g, "''")}', ignore_errors=false, maximum_object_size=16777216)`;
const sql = {
  q1: `SELECT eventName, coalesce(sourceIPAddress,''), coalesce(userIdentity.arn,''), coalesce(userAgent,''),
              coalesce(recipientAccountId,''), coalesce(awsRegion,''), count(*)::VARCHAR,
              min(eventTime)::VARCHAR, max(eventTime)::VARCHAR
       FROM (SELECT eventName, sourceIPAddress, userIdentity, userAgent, recipientAccountId, awsRegion,
                    strftime(eventTime, '%Y-%m-%dT%H:%M:%SZ') AS eventTime FROM ${src})
       WHERE eventName = 'JobCreated' GROUP BY ALL`,
  q2: `SELECT eventName, count(*)::VARCHAR FROM ${src} GROUP BY ALL`,
  q3: `SELECT userIdentity.arn, count(DISTINCT lower(sourceIPAddress))::VARCHAR FROM ${src}
       WHERE userIdentity.arn IS NOT NULL GROUP BY ALL`,
}[q];
if (!sql) { console.error('unknown query ' + q); process.exit(2); }
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();
const reader = await con.runAndReadAll(sql);
const out = [];
for (const row of reader.getRows())
  out.push(row.map((v) => (v === null ? '' : String(v))).join('\t'));
process.stdout.write(out.length ? out.join('\n') + '\n' : '');
