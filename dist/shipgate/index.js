/* global __COMMANDS__ -- replaced by scripts/build.js with the list of actions */
// The root action.yml's entry point: `command` picks one of the actions, whose bundle then reads the
// same INPUT_* variables itself. Kept dependency-free so a bad command is refused at once.
const commands = ["build-verify-size","canary-monitor","changelog","deploy","rollback","validate"];
const command = (process.env.INPUT_COMMAND ?? '').trim();
if (!commands.includes(command)) {
  const given = command === '' ? 'nothing' : JSON.stringify(command.slice(0, 100));
  process.stdout.write(
    `::error title=Invalid input::Invalid input "command": got ${given.replace(/[\r\n%]/g, ' ')}; allowed: one of ${commands.join(', ')}\n`,
  );
  process.exitCode = 1;
} else {
  await import(`../${command}/index.js`);
}
