import type { EnvVar } from "./database.js";

/** Settings that name another component: `CART_ADDR`, `REDIS_HOST`, `API_URL`, `PAYMENT_SERVICE_PORT_…`, DSNs. */
const CONNECTION_VARS =
  /(^|_)(ADDR|ADDRESS|HOST|HOSTNAME|URL|URI|ENDPOINT|DSN|CONNECTION_STRING|SERVER|SERVERS|BROKERS?)$|_SERVICE_(HOST|ADDR|URL)/i;
const URL_SHAPE = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?,;]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9.-]*)(?::\d+)?$/i;
/** `CART_ADDR`, `PRODUCT_CATALOG_HOST`: a variable named after the component whose address it holds. */
const NAMED_ADDRESS = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_(ADDR|ADDRESS|HOST|HOSTNAME)$/;
const LOCAL = /^(localhost|0\.0\.0\.0|127\.|\[?::1\]?$)|^\d+\.\d+\.\d+\.\d+$/;

/**
 * The hosts a container's settings name (`cart:7070`, `http://payment/api`, `mongodb://carts-db:27017/data`),
 * by their first DNS label (`cartservice.default.svc.cluster.local` → `cartservice`), lowercased and each once.
 * Local addresses and IPs name nothing. An address variable whose value is set elsewhere (`- CART_ADDR` taken from
 * an env file, `${CART_ADDR}`) names the component its name does (`cart`).
 */
export function connectionHosts(env: readonly EnvVar[]): string[] {
  const hosts = new Set<string>();
  for (const variable of env) {
    const value = variable.value?.trim();
    if (!value || /\$\{|\$\(|\{\{/.test(value)) {
      const named = NAMED_ADDRESS.exec(variable.name)?.[1];
      if (named) hosts.add(named.toLowerCase().replaceAll("_", "-"));
      continue;
    }
    const fromUrl = URL_SHAPE.exec(value)?.[1];
    const host = fromUrl ?? (CONNECTION_VARS.test(variable.name) ? HOST_PORT.exec(value)?.[1] : undefined);
    if (!host || LOCAL.test(host)) continue;
    const label = host.toLowerCase().split(".")[0];
    if (label) hosts.add(label);
  }
  return [...hosts];
}
