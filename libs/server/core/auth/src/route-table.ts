import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '@bep/server/core/http';

export interface RouteEntry {
  method: string;
  /** Path under /api, with Nest's parameters (`:id`). */
  path: string;
  policy: RoutePolicy | null;
}

/** Every HTTP route of the running app with its access policy, for the authorization matrix test. */
@Injectable()
export class RouteTable {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RouteEntry[] {
    return this.discovery.getControllers().flatMap((wrapper) => {
      const controller = wrapper.metatype;
      const instance = wrapper.instance as object | undefined;
      if (!controller || !instance) return [];
      const base = normalise(this.reflector.get<string | string[]>(PATH_METADATA, controller));
      return this.scanner.getAllMethodNames(Object.getPrototypeOf(instance)).flatMap((name) => {
        const handler = (instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        const method = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
        if (method === undefined) return [];
        const path = [base, normalise(this.reflector.get<string | string[]>(PATH_METADATA, handler))].filter(Boolean).join('/');
        const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [handler, controller]) ?? null;
        return [{ method: RequestMethod[method], path: `/api/${path}`, policy }];
      });
    });
  }
}

function normalise(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  return (first ?? '').replace(/^\/+|\/+$/g, '');
}
