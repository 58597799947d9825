import type { Feature } from "../src/bot/command-spec.js";
import { startFeature } from "./start.js";
import { khoitaoFeature } from "./khoitao.js";
import { moiFeature } from "./moi.js";
import { thanhvienFeature } from "./thanhvien.js";
import { ketnoiFeature } from "./ketnoi.js";
import { helpFeature } from "./trogiup.js";
import { kehoachFeature } from "./kehoach.js";
import { giaoviecFeature } from "./giaoviec.js";
import { suanvFeature } from "./suanv.js";
import { nhiemvuFeature } from "./nhiemvu.js";
import { baocaoFeature } from "./baocao.js";
import { vuongmacFeature } from "./vuongmac.js";
import { tiendoFeature } from "./tiendo.js";

/**
 * Every feature of the bot, in the order their handlers run. A feature's
 * commands are declared next to its handlers; the guard, /trogiup and the
 * Telegram menu all read them from here.
 */
export const features: Feature[] = [
  startFeature,
  khoitaoFeature,
  moiFeature,
  thanhvienFeature,
  ketnoiFeature,
  // plan, tasks, progress reports (docs/tasks.md)
  kehoachFeature,
  giaoviecFeature,
  suanvFeature,
  nhiemvuFeature,
  baocaoFeature,
  vuongmacFeature,
  tiendoFeature,
];
features.push(helpFeature(() => features.flatMap((f) => f.commands)));
