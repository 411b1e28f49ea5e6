// `tsx src/write-workbook.ts <path> <households> <grids> <groups>`: the import benchmark writes its
// workbook in a child process, so the writer's memory does not count in the import's peak.
import { writeRegisterWorkbook } from './register-workbook.js';

const [path, households, grids, groups] = process.argv.slice(2);
const people = await writeRegisterWorkbook(path, Number(households), Number(grids), Number(groups));
process.stdout.write(`${people}\n`);
