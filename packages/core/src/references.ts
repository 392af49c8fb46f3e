/**
 * The references a release names, with one rule each for every action and package: a container
 * image reference, a version (semver, via the `semver` package, with an optional leading `v`), and
 * the Kubernetes name of an app or namespace (a DNS-1123 label).
 */
import semver from 'semver';
import { z } from 'zod';

/** A DNS-1123 label (Kubernetes names of namespaces, Services, apps): lower-case alphanumerics and '-'. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** 63 (a Service or Deployment name) minus `-baseline`, the longest suffix shipgate adds to an app's name. */
export const APP_NAME_MAX = 54;
/** An app's name: a DNS-1123 label short enough that `<app>-canary`, `-baseline`, `-preview`, `-blue`, `-green` are too. */
export const APP_NAME = new RegExp(`^(?=.{1,${APP_NAME_MAX}}$)${DNS_LABEL.source.slice(1)}`);
/** What the actions' `app` input allows, in their errors and docs. */
export const APP_NAME_ALLOWED = `a DNS-1123 label of at most ${APP_NAME_MAX} characters such as web-api (so <app>-baseline, <app>-preview and the other names derived from it fit the API server's 63)`;

// registry[:port]/path[:tag][@digest] — lower-case path components (the distribution reference
// grammar, simplified: no upper-case registry checks beyond hostname characters).
export const IMAGE_REF =
  /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/;

/** Why `ref` is not an image reference, or undefined when it is one. */
export function imageRefProblem(ref: string): string | undefined {
  if (/\s/.test(ref)) return 'contains whitespace';
  if (!IMAGE_REF.test(ref)) return 'is not an image reference such as registry.example.com/team/app:1.2.3';
  return undefined;
}

/** The repository part of a reference (without tag or digest), to match a container's current image. */
export function imageRepository(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/**
 * A semantic version (semver.org 2.0.0, as the `semver` package parses it strictly) with or without
 * one leading `v`; returns it without the `v` (build metadata kept), or undefined when not one.
 */
export function normalizeVersion(version: string): string | undefined {
  const v = version.trim().replace(/^v/, '');
  // semver.parse also takes "=1.2.3" and "v1.2.3"; a version here starts with its major number.
  return /^\d/.test(v) && semver.parse(v) ? v : undefined;
}

/** A version input: semver with or without a leading `v` (normalizeVersion), parsed to the bare version. */
export const versionSchema = z
  .string()
  .refine((v) => normalizeVersion(v) !== undefined)
  .transform((v) => normalizeVersion(v)!);
