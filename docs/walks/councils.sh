#!/usr/bin/env bash
# Councils and service places: a walk (README.md). Run it against `npm start` after pasting
# the `export TOKEN_…` lines it prints: `bash docs/walks/councils.sh`. The README shows each
# step with its answer; tests/councils/readme-walk.test.ts runs this very file against a test
# server, so the walk cannot drift from the API. Needs bash, curl and node (no jq).
set -euo pipefail

API=${API:-http://127.0.0.1:4000/graphql}
GUANGRONG=${GUANGRONG:-500106006001}   # 光荣社区 (石井坡街道)
RUN=${RUN:-$(date +%s)}                # makes this run's idempotency keys its own

# gql TOKEN DOCUMENT <<< VARIABLES: POST one operation, print its answer on one line; an
# answer with errors prints them and stops the walk.
gql() {
  node -e 'const fs = require("fs"); const v = fs.readFileSync(0, "utf8").trim();
    process.stdout.write(JSON.stringify({ query: process.argv[1], variables: v ? JSON.parse(v) : {} }))' "$2" |
    curl -sS "$API" -H 'content-type: application/json' -H "authorization: Bearer $1" --data-binary @- |
    node -e 'const a = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(JSON.stringify(a));
      if (a.errors) process.exit(1)'
}
# pick EXPR: a field of the answer on stdin (strings as they are, anything else as JSON).
pick() { node -pe "const v = JSON.parse(require('fs').readFileSync(0, 'utf8')).$1; typeof v === 'string' ? v : JSON.stringify(v)"; }

# 0. A community admin of 光荣社区: the demo has none, so make a dev token for one.
: "${TOKEN_GUANGRONG_ADMIN:=$(npm run -s token -- --role COMMUNITY_ADMIN --org "$GUANGRONG" --sub u-guangrong-admin --name 王芳)}"
A=$TOKEN_GUANGRONG_ADMIN

# 1. The community's council (the demo's 光荣社区议事会: 7 members, quorum 50 %) and its members.
COUNCILS=$(gql "$A" 'query ($unit: ID) { councils(unitId: $unit) { edges { node { id name kind quorum { membersRequired } } } } }' <<< "{\"unit\": \"$GUANGRONG\"}")
echo "$COUNCILS"
COUNCIL=$(pick 'data.councils.edges.find((e) => e.node.name === "光荣社区议事会").node.id' <<< "$COUNCILS")
MEMBERS=$(gql "$A" 'query ($id: ID!) { council(id: $id) { members { id role name } } }' <<< "{\"id\": \"$COUNCIL\"}")
echo "$MEMBERS"

# 2. Schedule a meeting with two agenda items (members are notified).
MEETING_JSON=$(gql "$A" 'mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id state version agenda { id order title } } }' <<EOF
{"i": {"idempotencyKey": "walk-$RUN-meeting", "councilId": "$COUNCIL", "title": "光荣社区三月议事会",
  "startsAt": "2027-03-12T14:30:00+08:00", "place": "光荣社区居民议事厅",
  "agenda": [{"title": "小区路灯和下水道整治", "description": "居民反映的路灯不亮、公共下水道渗漏", "plannedMinutes": 40},
             {"title": "摩托车停放区域", "plannedMinutes": 20}]}}
EOF
)
echo "$MEETING_JSON"
MEETING=$(pick data.scheduleMeeting.id <<< "$MEETING_JSON")
ITEM=$(pick 'data.scheduleMeeting.agenda[0].id' <<< "$MEETING_JSON")

# 3. Open it, and record who came: every member, and 20 residents besides.
gql "$A" 'mutation ($i: MeetingCommandInput!) { openMeeting(input: $i) { state version } }' <<< "{\"i\": {\"meetingId\": \"$MEETING\"}}"
ATTENDEES=$(pick 'data.council.members.map((m) => ({ memberId: m.id }))' <<< "$MEMBERS")
gql "$A" 'mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { presentCount membersPresent } }' <<< "{\"i\": {\"meetingId\": \"$MEETING\", \"attendees\": $ATTENDEES, \"othersPresent\": 20}}"

# 4. The chair records the show of hands on the first item; the outcome is computed, not typed.
gql "$A" 'mutation ($i: ShowOfHandsInput!) { recordShowOfHands(input: $i) { agenda { title vote { for against abstain present quorumRequired outcome } } } }' <<EOF
{"i": {"meetingId": "$MEETING", "itemId": "$ITEM", "for": 24, "against": 2, "abstain": 1}}
EOF

# 5. The adopted item becomes tracked work: two issues through the loop (channel COUNCIL).
GRID=$(gql "$A" 'query ($u: ID) { orgUnits(kind: GRID, under: $u, first: 1) { edges { node { id } } } }' <<< "{\"u\": \"$GUANGRONG\"}" | pick 'data.orgUnits.edges[0].node.id')
gql "$A" 'mutation ($i: CreateResolutionIssuesInput!) { createResolutionIssues(input: $i) { issues { id title state channel dueAt } } }' <<EOF
{"i": {"idempotencyKey": "walk-$RUN-item1", "meetingId": "$MEETING", "itemId": "$ITEM", "tasks": [
  {"title": "更换小区路灯", "description": "议事会议定：更换光荣村路不亮的路灯。", "categoryCode": "FACILITY_STREETLIGHT", "gridId": "$GRID"},
  {"title": "整治公共下水道渗漏", "description": "议事会议定：整治渗漏的公共下水道。", "categoryCode": "FACILITY_DRAIN", "gridId": "$GRID", "dueAt": "2027-04-30T18:00:00+08:00"}]}}
EOF

# 6. Close the meeting with its report.
gql "$A" 'mutation ($i: CloseMeetingInput!) { closeMeeting(input: $i) { state report } }' <<< "{\"i\": {\"meetingId\": \"$MEETING\", \"report\": \"路灯和下水道整治举手表决通过，转为两项问题跟踪办理。\"}}"

# 7. The council's little notebook (小本子销号): its tasks' progress and the open ones.
gql "$A" 'query ($id: ID!) { council(id: $id) { name progress { open overdue closed dropped } tasks(standing: OPEN, first: 10) { edges { node { title issueState dueAt overdue origin } } } } }' <<< "{\"id\": \"$COUNCIL\"}"

# 8. A resident of 凤凰山社区 at 凤凰山路18号: the places within a 10-minute walk, nearest first ...
R=$TOKEN_RESIDENT
gql "$R" 'query { placesNear(latitude: 29.5821, longitude: 106.4553, walkingMinutes: 10, first: 5) { edges { node { distanceMetres walkingMinutes place { name kind address } } } } }' <<< '{}'

# ... and what is on near them on Wednesday this week.
gql "$R" 'query { timetableNear(latitude: 29.5821, longitude: 106.4553, walkingMinutes: 10, weekday: WEDNESDAY) { weekStarts placesConsidered days { weekday date sessions { walkingMinutes place { name } slot { start end department service } } } } }' <<< '{}'
