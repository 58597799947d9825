import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { Prisma } from "../generated/prisma/client.js";

/**
 * The value conversions of Prisma's client for raw SQL, for statements run on
 * the driver adapter directly (direct-sql.ts). Mirrors @prisma/client 6.19's
 * runtime: the adapter's column types decide each value (Int32 → number,
 * Int64 → bigint, DateTime → Date, Boolean from 0/1, Json parsed, Decimal);
 * arguments carry the scalar type the adapters need to bind a Date or a
 * boolean as the client would. tests/db/direct-sql.test.ts compares rows with
 * `$queryRaw`'s on both databases; a Prisma upgrade that changes either side shows there.
 */

const SCALAR = "scalar" as const;
const ARG_TYPES: Record<string, ArgType> = {
  datetime: { scalarType: "datetime", arity: SCALAR },
  int: { scalarType: "int", arity: SCALAR },
  float: { scalarType: "float", arity: SCALAR },
  bigint: { scalarType: "bigint", arity: SCALAR },
  boolean: { scalarType: "boolean", arity: SCALAR },
  string: { scalarType: "string", arity: SCALAR },
  bytes: { scalarType: "bytes", arity: SCALAR },
  unknown: { scalarType: "unknown", arity: SCALAR },
};

function argType(v: unknown): ArgType {
  switch (typeof v) {
    case "string":
      return ARG_TYPES.string!;
    case "number":
      return Number.isInteger(v) ? ARG_TYPES.int! : ARG_TYPES.float!;
    case "bigint":
      return ARG_TYPES.bigint!;
    case "boolean":
      return ARG_TYPES.boolean!;
    default:
      if (v instanceof Date) return ARG_TYPES.datetime!;
      if (v instanceof Uint8Array) return ARG_TYPES.bytes!;
      if (v === null || v === undefined) return ARG_TYPES.unknown!;
      // Lists, JSON objects, Decimals: not used on the direct path; `$queryRaw` is there for them.
      throw new TypeError(`direct SQL: unsupported argument of type ${typeof v}`);
  }
}

export function toArgTypes(values: readonly unknown[]): ArgType[] {
  return values.map(argType);
}

/** One value as the client's `$queryRaw` returns it. */
export function decodeValue(v: unknown, type: ColumnType): unknown {
  if (v === null || v === undefined) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
      return Math.trunc(Number(v));
    case ColumnTypeEnum.Int64:
      return typeof v === "number" ? BigInt(Math.trunc(v)) : BigInt(v as string);
    case ColumnTypeEnum.Boolean:
      return typeof v === "boolean" ? v : v === 1 || v === "1" || v === "true";
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(v as string);
    case ColumnTypeEnum.Time:
      return new Date(`1970-01-01T${v as string}Z`);
    case ColumnTypeEnum.Json:
      return typeof v === "string" ? JSON.parse(v) : v;
    case ColumnTypeEnum.Numeric:
      return new Prisma.Decimal(v as string);
    case ColumnTypeEnum.Bytes:
      return Array.isArray(v) ? Uint8Array.from(v as number[]) : v;
    default:
      return v;
  }
}

/** An adapter's result set as `$queryRaw`'s array of row objects. */
export function decodeRows(rs: SqlResultSet): Record<string, unknown>[] {
  const { columnNames: names, columnTypes: types, rows } = rs;
  const out: Record<string, unknown>[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const o: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) o[names[i]!] = decodeValue(row[i], types[i]!);
    out[r] = o;
  }
  return out;
}
