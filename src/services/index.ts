import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { RosterService } from "./roster.js";

/** Everything the domain offers; built once and shared by chat commands and the scheduler. */
export interface Services {
  roster: RosterService;
}

export function createServices(deps: { db: Db; clock: Clock; timezone: string }): Services {
  return {
    roster: new RosterService(deps),
  };
}
