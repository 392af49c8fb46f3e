/**
 * The YAML of a plain app — a Deployment `app` (container `web`) and its Service on port 80 — the
 * shape every kube-sim test and benchmark deploys, written once. No jest in here: the benchmarks
 * import it too.
 */

export interface AppYamlOptions {
  /** The container's image (default reg/web:1.0.0). */
  image?: string;
  progressDeadlineSeconds?: number;
  /** The app label on the Service too (the backup and rollback find objects by it). */
  serviceLabels?: boolean;
  /** The container reads its environment from this ConfigMap and Secret (config drift tests). */
  envFrom?: { configMap: string; secret: string };
  /** false: the Deployment alone. */
  service?: boolean;
}

export function appYaml(app: string, replicas: number, o: AppYamlOptions = {}): string {
  const deadline =
    o.progressDeadlineSeconds === undefined
      ? ''
      : `\n  progressDeadlineSeconds: ${o.progressDeadlineSeconds}`;
  const envFrom = o.envFrom
    ? `, envFrom: [{configMapRef: {name: ${o.envFrom.configMap}}}, {secretRef: {name: ${o.envFrom.secret}}}]`
    : '';
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: ${replicas}${deadline}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "${o.image ?? 'reg/web:1.0.0'}"${envFrom}}]}
`;
  const service = `---
apiVersion: v1
kind: Service
metadata: {name: ${app}${o.serviceLabels ? `, labels: {app: ${app}}` : ''}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
`;
  return o.service === false ? deployment : deployment + service;
}
