import {
  context as otelContext,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry traces, off unless an OTLP/HTTP endpoint is configured: OTEL_EXPORTER_OTLP_ENDPOINT
 * (the collector's base URL; spans go to <it>/v1/traces) or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the
 * full URL), as the OpenTelemetry specification names them. Spans are sent as OTLP JSON in
 * batches. Each service has a provider of its own, not a global one (tests run every service in
 * one process, each with its service.name), and spans are parented explicitly, not through a
 * context manager: no auto-instrumentation, only the spans made here.
 */
export interface ServiceTracing {
  tracer: Tracer;
  /** Sends what is buffered (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface TracingOptions {
  /** The full URL of an OTLP/HTTP traces receiver; defaults to the environment. */
  url?: string;
}

export function serviceTracing(
  service: string,
  options: TracingOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ServiceTracing | undefined {
  const configured = options.url || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!configured || env.OTEL_SDK_DISABLED === 'true') return undefined;
  const exporter = new OTLPTraceExporter(options.url ? { url: options.url } : {});
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: `onestop-${service}` }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return {
    tracer: provider.getTracer('onestop'),
    flush: () => provider.forceFlush(),
    close: () => provider.shutdown(),
  };
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The W3C `traceparent` header of a span (version 00). */
export function traceparentOf(span: Span): string {
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`;
}

/** The remote parent a `traceparent` header names, or the root context when it is absent or malformed. */
export function contextFromTraceparent(header: string | string[] | undefined): Context {
  const match = typeof header === 'string' ? TRACEPARENT.exec(header.trim()) : null;
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: match[1],
    spanId: match[2],
    traceFlags: parseInt(match[3], 16),
    isRemote: true,
  });
}

/** A span that is a child of `parent` (or of the remote context), without a global context manager. */
export function childSpan(
  tracer: Tracer,
  name: string,
  parent: Span | Context | undefined,
  kind: SpanKind = SpanKind.INTERNAL,
): Span {
  const ctx =
    parent === undefined ? ROOT_CONTEXT : 'spanContext' in parent ? trace.setSpan(ROOT_CONTEXT, parent) : parent;
  return tracer.startSpan(name, { kind }, ctx ?? otelContext.active());
}

/** Ends a span, marked as an error when `error` is given (its code only, never its message's data). */
export function endSpan(span: Span, error?: string): void {
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end();
}

export { SpanKind };
