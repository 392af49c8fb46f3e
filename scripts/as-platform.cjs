// Preloaded into npm (NODE_OPTIONS=--require) to see what npm decides on another platform:
// SHIPGATE_AS_PLATFORM=darwin-arm64 makes process.platform/process.arch say so. npm's own
// --os/--cpu flags only steer optional packages, not the EBADPLATFORM check of required ones.
const [platform, arch] = (process.env.SHIPGATE_AS_PLATFORM ?? '').split('-');
if (platform && arch) {
  Object.defineProperty(process, 'platform', { value: platform });
  Object.defineProperty(process, 'arch', { value: arch });
}
