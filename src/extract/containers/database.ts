import type { SourceRef } from "../../model/types.js";

/** One environment variable as a manifest declares it; `value` is absent for secret and config references. */
export interface EnvVar {
  name: string;
  value?: string;
  ref: SourceRef;
}

export interface DatabaseRef {
  host: string;
  name?: string;
}

const URL_VARS =
  /^(.*_)?(DATABASE_URL|DATABASE_URI|DB_URL|DB_URI|DSN|DATASOURCE_URL|JDBC_URL|MONGO_URL|MONGO_URI|MONGODB_URL|MONGODB_URI|POSTGRES_URL|POSTGRES_URI|MYSQL_URL|MYSQL_URI|DB_CONNECTION_STRING|CONNECTION_STRING)$/;
const HOST_VARS =
  /^(.*_)?(DB_HOST|DATABASE_HOST|POSTGRES_HOST|POSTGRESQL_HOST|MYSQL_HOST|MARIADB_HOST|MONGO_HOST|MONGODB_HOST|PGHOST|DB_SERVER)$/;
const NAME_VARS =
  /^(.*_)?(DB_NAME|DATABASE_NAME|DATABASE|POSTGRES_DB|POSTGRESQL_DATABASE|MYSQL_DATABASE|MARIADB_DATABASE|MONGO_DB|MONGODB_DATABASE|PGDATABASE|DB_DATABASE)$/;
/** `scheme://[user[:password]@]host[:port][,host2…][/name][?…]`, with an optional `jdbc:` prefix. */
const URL_SHAPE = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?,;]+)(?::\d+)?(?:,[^/]*)?(?:\/([^?;/]+))?/i;

const unresolved = (value: string) => /\$\{|\$\(|\{\{/.test(value);

/**
 * The database a container is configured to use, read from its environment without resolving anything: a URL
 * variable (`DATABASE_URL`, `SPRING_DATASOURCE_URL`, `MONGO_URL`, …) or a host variable (`DB_HOST`,
 * `ORDERS_DB_HOST`, `PGHOST`, …) with a name variable (`DB_NAME`, `POSTGRES_DB`, …). Values that are references
 * (`${…}`, `$(…)`, secrets) are skipped; a database without a readable host is not reported.
 */
export function databaseFromEnv(env: EnvVar[]): { database: DatabaseRef; ref: SourceRef } | undefined {
  for (const variable of env) {
    if (!variable.value || unresolved(variable.value) || !URL_VARS.test(variable.name.toUpperCase())) continue;
    const match = URL_SHAPE.exec(variable.value.trim());
    if (!match?.[1]) continue;
    const database: DatabaseRef = { host: match[1].toLowerCase() };
    if (match[2]) database.name = decodeURIComponent(match[2]);
    return { database, ref: variable.ref };
  }
  const host = env.find((v) => v.value && !unresolved(v.value) && HOST_VARS.test(v.name.toUpperCase()));
  if (!host?.value) return undefined;
  const name = env.find((v) => v.value && !unresolved(v.value) && NAME_VARS.test(v.name.toUpperCase()));
  const database: DatabaseRef = { host: host.value.trim().toLowerCase() };
  if (name?.value) database.name = name.value.trim();
  return { database, ref: host.ref };
}
