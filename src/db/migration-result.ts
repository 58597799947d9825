/** What a migration run did: the names of the migrations it applied, in order. */
export interface MigrationResult {
  applied: string[];
}
