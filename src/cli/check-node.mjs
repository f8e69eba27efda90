// Runs before build and test. Plain JavaScript on purpose: it must run, and explain
// itself, on the old Node it is there to catch (Node 20 cannot load .ts files).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12 (Astro 7, vitest 5); this is Node ${process.versions.node} at ${process.execPath}.\n` +
      'Run it through npm (npm start, npm test, npm run …): `npm install` brings the pinned Node\n' +
      '(the "node" dev dependency) and npm scripts use it. If you ran npm install with --ignore-scripts, run it again without.',
  );
  process.exit(1);
}
