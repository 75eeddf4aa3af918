/** The queries behind every figure of the dashboard; each can be shown and opened in the explorer. */

export const UNITS_QUERY = /* GraphQL */ `
  query Units {
    districts {
      code
      name
      communes {
        code
        name
      }
    }
  }
`;

export const COMMUNE_QUERY = /* GraphQL */ `
  query Commune($code: String!) {
    commune(code: $code) {
      code
      name
      districtCode
    }
  }
`;

export const REPORT_QUERY = /* GraphQL */ `
  query DistrictReport($district: String!, $from: Date!, $to: Date!) {
    district(code: $district) {
      code
      name
      report(from: $from, to: $to) {
        districtLevel {
          ...Level
        }
        communeLevel {
          ...Level
        }
        total {
          ...Level
        }
        byCommune {
          commune {
            code
            name
          }
          dossiers {
            ...Dossiers
          }
        }
        breakdown {
          districtLevel {
            ...Extra
          }
          communeLevel {
            ...Extra
          }
          total {
            ...Extra
          }
        }
      }
    }
  }
  fragment Level on LevelReport {
    procedures
    simplifiedProcedures
    dossiers {
      ...Dossiers
    }
  }
  fragment Dossiers on DossierStats {
    received
    resolved
    resolvedOnTime
    inProgress
    onTimeRate
  }
  fragment Extra on BreakdownRow {
    figures {
      inProgressOverdue
      onlineShare
    }
  }
`;

/** One commune's own figures: its row of the district report and its breakdown figures. */
export const COMMUNE_REPORT_QUERY = /* GraphQL */ `
  query CommuneReport($district: String!, $from: Date!, $to: Date!, $units: [String!]) {
    district(code: $district) {
      report(from: $from, to: $to) {
        byCommune {
          commune {
            code
            name
          }
          dossiers {
            received
            resolved
            resolvedOnTime
            inProgress
            onTimeRate
          }
        }
        breakdown(filter: { units: $units }) {
          communeLevel {
            figures {
              inProgressOverdue
              onlineShare
            }
          }
        }
      }
    }
  }
`;

export const TREND_QUERY = /* GraphQL */ `
  query MonthlyTrend($district: String!, $from: Date!, $to: Date!, $units: [String!]) {
    district(code: $district) {
      report(from: $from, to: $to) {
        breakdown(by: [MONTH], filter: { units: $units }) {
          total {
            key {
              month
            }
            figures {
              receivedNew
              resolved
              resolvedEarly
              resolvedOnDueDay
              onTimeRate
            }
          }
        }
      }
    }
  }
`;

/** The plan's completions at each month's end of the plan year, one alias a month. */
export function reformQuery(year: number): string {
  const monthEnds = Array.from({ length: 12 }, (_, i) => {
    const last = new Date(Date.UTC(year, i + 1, 0)).toISOString().slice(0, 10);
    return `      m${String(i + 1).padStart(2, '0')}: progress(asOf: "${last}") { completed }`;
  });
  return /* GraphQL */ `
query ReformProgress($district: String!, $year: Int!, $asOf: Date!) {
  district(code: $district) {
    reformPlan(year: $year) {
      title
      taskCount
      progress(asOf: $asOf) { asOf total completed completionRate }
      progressByLeadUnit(asOf: $asOf) { leadUnit total completed completionRate }
      overdueTasks(asOf: $asOf) { code title leadUnit deadline }
${monthEnds.join('\n')}
    }
  }
}`;
}

export const DIRECTIVES_QUERY = /* GraphQL */ `
  query Directives($district: String!, $year: Int!, $from: Date!, $to: Date!) {
    district(code: $district) {
      reformPlan(year: $year) {
        directiveCount(from: $from, to: $to)
      }
    }
  }
`;

/**
 * The Decision 766 scorecard of a district for a quarter (2021-Q1), both levels pooled: the
 * total out of 100 and each group's points (issue 14).
 */
export const SCORECARD_QUERY = /* GraphQL */ `
  query Scorecard766($district: String!, $quarter: String!) {
    district(code: $district) {
      scorecard(period: QUARTER, key: $quarter) {
        total {
          key
          version
          points
          maximum
          pointsChange
          groups {
            code
            nameVi
            nameEn
            points
            maximum
          }
        }
      }
    }
  }
`;

/**
 * Units over time (issue 13): the window's commune-level dossiers of the area that was a district,
 * counted both ways, each answer naming its way and marking what rests on an apportioned split.
 */
export const UNITS_OVER_TIME_QUERY = /* GraphQL */ `
  query UnitsOverTime($area: String!, $from: Date!, $to: Date!) {
    asTheyWere: unitCounts(from: $from, to: $to, counting: AS_THEY_WERE, area: $area) {
      ...Counted
    }
    ontoToday: unitCounts(from: $from, to: $to, counting: ONTO_TODAY, area: $area) {
      ...Counted
    }
  }
  fragment Counted on UnitCounts {
    counting
    rule
    received
    rows {
      unit {
        id
        name
        validFrom
        validTo
      }
      received {
        value
        estimate
      }
    }
  }
`;
