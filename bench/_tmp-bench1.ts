import { benchParser, warmUpParser } from './parser';
warmUpParser();
const mb = Number(process.argv[2] ?? 1);
const { result } = benchParser(mb * 1_000_000, Number(process.argv[3] ?? 3), console.log);
console.log(JSON.stringify(result));
