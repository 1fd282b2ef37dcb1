import { Injectable, RequestMethod, type PipeTransform } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { POLICY_KEY, ZodValidationPipe, type RoutePolicy } from '@bep/server/core/http';
import type { z } from 'zod';

export interface RouteEntry {
  method: string;
  /** Path under /api, with Nest's parameters (`:id`). */
  path: string;
  policy: RoutePolicy | null;
  /** The contract its whole query is parsed with, if it reads one. */
  querySchema: z.ZodType | null;
  /** It reads the query outside a contract: a named `@Query('x')`, or a whole `@Query()` without a zod pipe. */
  readsQueryOutsideContract: boolean;
}

/**
 * Every HTTP route of the running app with its access policy and its query contract, for the tests
 * that hold the routes to what they declare (authorization matrix, OpenAPI query parameters, fuzz).
 */
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
        const querySchema = querySchemaOf(controller, name);
        return [{ method: RequestMethod[method], path: `/api/${path}`, policy, querySchema, readsQueryOutsideContract: queryArguments(controller, name).length > (querySchema ? 1 : 0) }];
      });
    });
  }
}

interface RouteArgument {
  data?: unknown;
  pipes?: (PipeTransform | (new () => PipeTransform))[];
}

/** The handler's `@Query()` arguments (Nest keys arguments `type:index`). */
function queryArguments(controller: object, handlerName: string): RouteArgument[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, RouteArgument>;
  return Object.entries(args)
    .filter(([key]) => key.startsWith(`${RouteParamtypes.QUERY}:`))
    .map(([, argument]) => argument);
}

/** The schema of the ZodValidationPipe on the handler's whole `@Query()`. */
function querySchemaOf(controller: object, handlerName: string): z.ZodType | null {
  const query = queryArguments(controller, handlerName).find((argument) => argument.data === undefined);
  const pipe = query?.pipes?.find((candidate): candidate is ZodValidationPipe<z.ZodType> => candidate instanceof ZodValidationPipe);
  return pipe?.schema ?? null;
}

function normalise(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  return (first ?? '').replace(/^\/+|\/+$/g, '');
}
