import type { Feature } from "../src/bot/command-spec.js";
import { startFeature } from "./roster/start.js";
import { khoitaoFeature } from "./roster/khoitao.js";
import { moiFeature } from "./roster/moi.js";
import { thanhvienFeature } from "./roster/thanhvien.js";
import { ketnoiFeature } from "./roster/ketnoi.js";
import { identityTouchFeature } from "./roster/identity-touch.js";
import { lienketFeature } from "./roster/lienket.js";
import { bareCodeFeature } from "./roster/bare-code.js";
import { helpFeature } from "./help/trogiup.js";
import { yeucauFeature } from "./reports/yeucau.js";
import { baocaokyFeature } from "./reports/baocaoky.js";
import { tudanhgiaFeature } from "./reports/tudanhgia.js";
import { mauvbFeature } from "./reports/mauvb.js";
import { gopyFeature } from "./feedback/gopy.js";
import { gopyQuanLyFeature } from "./feedback/gopy-quanly.js";
import { kehoachFeature } from "./plan/kehoach.js";
import { giaoviecFeature } from "./plan/giaoviec.js";
import { suanvFeature } from "./plan/suanv.js";
import { nhiemvuFeature } from "./plan/nhiemvu.js";
import { baocaoFeature } from "./plan/baocao.js";
import { vuongmacFeature } from "./plan/vuongmac.js";
import { tiendoFeature } from "./plan/tiendo.js";
import { hopFeature } from "./meetings/hop.js";
import { ketluanFeature } from "./meetings/ketluan.js";
import { caidatFeature, reachabilityFeature } from "./scheduling/caidat.js";
import { ngaynghiFeature } from "./scheduling/ngaynghi.js";
import { phongFeature } from "./roster/phong.js";
import { vanbanFeature } from "./documents/vanban.js";
import { quantrietFeature } from "./documents/quantriet.js";
import { congkhaiFeature } from "./documents/congkhai.js";
import { layykienFeature } from "./consultations/layykien.js";
import { attachFeature } from "./documents/attach.js";
import { tiepthuFeature } from "./consultations/tiepthu.js";
import { ykienFeature } from "./consultations/ykien.js";
import { ykienAnFeature } from "./consultations/ykien-an.js";
import { doithoaiFeature } from "./dialogue/doithoai.js";
import { doithoaiMoiFeature } from "./dialogue/doithoai-moi.js";
import { hoiFeature } from "./dialogue/hoi.js";
import { hoiAnFeature } from "./dialogue/hoi-an.js";
import { giaidapFeature } from "./dialogue/giaidap.js";
import { bieuquyetFeature } from "./votes/bieuquyet.js";
import { guongdienhinhFeature } from "./exemplary/guongdienhinh.js";

/**
 * Every feature of the bot, in the order their handlers run. A feature's
 * commands are declared next to its handlers; the guard, /trogiup and the
 * Telegram menu all read them from here.
 */
export const features: Feature[] = [
  // clears "unreachable" when someone who had blocked the bot writes again (docs/scheduling.md)
  reachabilityFeature,
  // private notices follow the platform last written from (docs/linking.md)
  identityTouchFeature,
  // before start: it answers the `/start gopytl_<id>` deep link of the group's "reply" button
  gopyQuanLyFeature,
  startFeature,
  khoitaoFeature,
  moiFeature,
  thanhvienFeature,
  ketnoiFeature,
  // one member on Telegram and Zalo (docs/linking.md)
  lienketFeature,
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
  // departments, documents to study, the public register (docs/documents.md)
  phongFeature,
  vanbanFeature,
  quantrietFeature,
  congkhaiFeature,
  // consultations on drafts (docs/consultations.md)
  layykienFeature,
  attachFeature,
  tiepthuFeature,
  ykienFeature,
  // anonymous answers to consultations: before the session, and before /gopy, whose
  // composer takes every update marked anonymous (docs/anonymity.md)
  ykienAnFeature,
  // dialogues with the staff (docs/dialogue.md); anonymous questions, like ykien_an, before /gopy
  doithoaiFeature,
  doithoaiMoiFeature,
  hoiFeature,
  hoiAnFeature,
  giaidapFeature,
  // votes and exemplary individuals (docs/votes.md)
  bieuquyetFeature,
  guongdienhinhFeature,
  // anonymous feedback: runs before the session (docs/anonymity.md)
  gopyFeature,
  // a bare invitation or link code from a non-member: last, so every dialogue sees its text first (docs/linking.md)
  bareCodeFeature,
];
features.push(helpFeature(() => features.flatMap((f) => f.commands)));
