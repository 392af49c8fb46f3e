// bottleneck ships types for its full build only; the light build (what the Octokit plugins use,
// without the Redis clustering code) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
