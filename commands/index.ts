import type { Feature } from "../src/bot/command-spec.js";
import { startFeature } from "./start.js";
import { khoitaoFeature } from "./khoitao.js";
import { moiFeature } from "./moi.js";
import { thanhvienFeature } from "./thanhvien.js";
import { ketnoiFeature } from "./ketnoi.js";
import { helpFeature } from "./trogiup.js";
import { yeucauFeature } from "./yeucau.js";
import { baocaokyFeature } from "./baocaoky.js";
import { tudanhgiaFeature } from "./tudanhgia.js";
import { mauvbFeature } from "./mauvb.js";
import { gopyFeature } from "./gopy.js";
import { gopyQuanLyFeature } from "./gopy-quanly.js";
import { kehoachFeature } from "./kehoach.js";
import { giaoviecFeature } from "./giaoviec.js";
import { suanvFeature } from "./suanv.js";
import { nhiemvuFeature } from "./nhiemvu.js";
import { baocaoFeature } from "./baocao.js";
import { vuongmacFeature } from "./vuongmac.js";
import { tiendoFeature } from "./tiendo.js";
import { hopFeature } from "./hop.js";
import { ketluanFeature } from "./ketluan.js";
import { caidatFeature, reachabilityFeature } from "./caidat.js";
import { ngaynghiFeature } from "./ngaynghi.js";

/**
 * Every feature of the bot, in the order their handlers run. A feature's
 * commands are declared next to its handlers; the guard, /trogiup and the
 * Telegram menu all read them from here.
 */
export const features: Feature[] = [
  // clears "unreachable" when someone who had blocked the bot writes again (docs/scheduling.md)
  reachabilityFeature,
  // before start: it answers the `/start gopytl_<id>` deep link of the group's "reply" button
  gopyQuanLyFeature,
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
  // periodic reports and self-assessment (docs/reports.md)
  yeucauFeature,
  baocaokyFeature,
  tudanhgiaFeature,
  mauvbFeature,
  // meetings (docs/meetings.md)
  hopFeature,
  ketluanFeature,
  // scheduling settings and holidays (docs/scheduling.md)
  caidatFeature,
  ngaynghiFeature,
  // anonymous feedback: runs before the session (docs/anonymity.md)
  gopyFeature,
];
features.push(helpFeature(() => features.flatMap((f) => f.commands)));
