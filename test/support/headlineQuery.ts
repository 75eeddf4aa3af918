/** The public contract's headline query, exactly as issue #2 and the README give it. */
export const HEADLINE_QUERY = /* GraphQL */ `
  query Headline($code: String! = "018", $from: Date! = "2020-12-16", $to: Date! = "2021-05-31") {
    district(code: $code) {
      code
      name
      communes {
        code
        name
      }
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
      }
      reformPlan(year: 2021) {
        taskCount
        progress(asOf: "2021-06-10") {
          total
          completed
          completionRate
        }
        directiveCount(from: "2021-01-01", to: "2021-06-30")
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
`;
