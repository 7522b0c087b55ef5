import { asNumber, asString, isDict } from "../values.js";

export interface PublishedPort {
  /** The host port, absent when the engine picks one. */
  published?: number | string;
  target?: number | string;
  hostIp?: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/**
 * A `ports` entry in short (`"8080:80"`, `"127.0.0.1:8080:80/tcp"`, `"80"`) or long (`{target, published,
 * host_ip}`) syntax. Every form publishes on the host; `expose` (not read here) does not.
 */
export function readPort(entry: unknown): PublishedPort | undefined {
  if (isDict(entry)) {
    const port: PublishedPort = {};
    const published = asNumber(entry.published) ?? asString(entry.published);
    const target = asNumber(entry.target) ?? asString(entry.target);
    const hostIp = asString(entry.host_ip);
    if (published !== undefined) port.published = published;
    if (target !== undefined) port.target = target;
    if (hostIp) port.hostIp = hostIp;
    return port;
  }
  const text = asString(entry);
  if (!text) return undefined;
  const withoutProtocol = text.replace(/\/(tcp|udp|sctp)$/i, "");
  const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(withoutProtocol);
  const parts = ipv6 ? [`[${ipv6[1]}]`, ...(ipv6[2] ?? "").split(":")] : withoutProtocol.split(":");
  const port: PublishedPort = {};
  const target = parts.at(-1);
  if (target) port.target = asNumber(target) ?? target;
  if (parts.length >= 2 && parts.at(-2)) port.published = asNumber(parts.at(-2)) ?? (parts.at(-2) as string);
  if (parts.length >= 3 && parts[0]) port.hostIp = parts[0];
  return port;
}

/** Published on every interface (reachable from other hosts), not bound to loopback only. */
export const isPublic = (port: PublishedPort) => !port.hostIp || !LOOPBACK.test(port.hostIp);
