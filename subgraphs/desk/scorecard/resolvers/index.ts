/** The scorecard's resolvers, shared by both desk levels (each checks them with its generated types). */
export { levelScorecardFactMutation } from './scorecardFactMutation';
export { ScorecardResolvers } from './ScorecardResolvers';
export {
  districtScorecard,
  DistrictScorecardOfCommunes,
  DistrictScorecardOfDistrict,
  unitScorecard,
} from './districtScorecard';
export { communeComplaints, districtComplaints } from './dissatisfactionComplaints';
