import { validatePath } from '../core/validate/validate-path.ts';
import { printDiagnostics } from '../cli/output.ts';
const r = await validatePath(process.argv[2]!);
console.log(r.files, r.topics, r.decks);
printDiagnostics(r.diagnostics, process.stdout);
