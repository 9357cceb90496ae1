#!/usr/bin/env bash
# A whole case with the command line alone: the office is set up, a report comes
# in, is verified and completed, the reporter and a witness are heard, the
# accused is summoned twice (absent at the first summons), heard, and the case
# is concluded. Every letter made is left in OUTDIR as <kind>.pdf.
#
#   tests/cli/full_case.sh DB_PATH_OR_URL OUTDIR
#
# DB: an empty SQLite file path or PostgreSQL URL. The office's days are set
# with WBS_NOW (the app's clock), so the summons rules (7 full working days,
# attendance on the hearing day) are met as they would be over four weeks.
# Environment: WBS_ADMIN (the command; the test runs "python -m tests.helpers.cli_main",
# since a production wbs-admin ignores WBS_NOW), ADMIN_PASSWORD,
# OFFICER_PASSWORD (defaults below; never use these in an office).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 DB_PATH_OR_URL OUTDIR" >&2
    exit 2
fi
DB=$1
OUT=$2
mkdir -p "$OUT"
read -r -a WBS <<< "${WBS_ADMIN:-wbs-admin}"
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Sasando-Lontar-Kepala-2026}
OFFICER_PASSWORD=${OFFICER_PASSWORD:-Kerbau-Merah-Lompat-2026}
export WBS_PASSWORD=$OFFICER_PASSWORD

day() { export WBS_NOW="$1T09:00:00+08:00"; echo "== $1 (WITA)" >&2; }
admin() { WBS_PASSWORD=$ADMIN_PASSWORD "${WBS[@]}" --db "$DB" --user kepala "$@"; }
officer() { "${WBS[@]}" --db "$DB" --user yosef "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
letter() {  # letter KIND [--hearing ID]: writes OUTDIR/KIND.pdf
    local kind=$1; shift
    officer letter "$REG" "$kind" "$@" --out "$OUT/$kind.pdf" >&2
}

# -- the office -----------------------------------------------------------------------
day 2026-12-17
WBS_PASSWORD=$ADMIN_PASSWORD "${WBS[@]}" --db "$DB" init --admin kepala \
    --full-name "Dr. Ir. Fransiskus Lay, M.Si." > /dev/null  # the recovery key: not kept
WBS_NEW_PASSWORD=$OFFICER_PASSWORD admin user add yosef --role officer \
    --full-name "Yosef Nahak, S.H." --nip 198001012005011001 >&2
# The holiday list of the coming year, proposed from the national list: checked
# against the SKB and confirmed by the administrator.
admin holidays list 2027 >&2
admin holidays confirm 2027 >&2
# The officials who sign, and who signs what (the head himself, his secretary "a.n.").
admin signatories official kepala --name "Dr. Ir. Fransiskus Lay, M.Si." \
    --nip 196805121994031007 --pangkat "Pembina Utama Muda (IV/c)" \
    --jabatan "Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur" >&2
admin signatories official sekretaris --name "Maria Goreti Lake, S.H., M.M." \
    --nip 197203151998032004 --pangkat "Pembina Tingkat I (IV/b)" \
    --jabatan "Sekretaris Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur" >&2
admin signatories set default kepala >&2
admin signatories set request-completion sekretaris --form a.n. >&2
admin user profile yosef --nip 198001012005011001 --pangkat "Penata Tingkat I (III/d)" \
    --jabatan "Auditor Kepegawaian Ahli Muda" >&2

# -- the report -----------------------------------------------------------------------
cat > "$OUT/report.json" <<'EOF'
{
  "channel": "paper",
  "received_at": "2026-12-16T10:30:00+08:00",
  "reporter": {"name": "Yohanes Mbete", "phone": "081234567890",
               "email": "yohanes.mbete@example.id", "consent_to_contact": true},
  "complaint_type": "illegal_levies",
  "accused": {"name": "Drs. Stefanus Lelo", "nip": "197805122005011003",
              "position": "Kepala Seksi Mutasi", "unit": "Bidang Mutasi"},
  "location": "Loket Mutasi BKD Provinsi NTT, Kupang",
  "incident_date": "2026-12-10",
  "chronology": "Petugas loket meminta uang Rp 2.500.000 untuk mempercepat SK mutasi.",
  "material_loss": true,
  "loss_estimate": 2500000,
  "evidence_links": []
}
EOF
REG=$(officer --json submit "$OUT/report.json" | json '["register_number"]')
echo "case $REG" >&2
admin letter "$REG" receipt --out "$OUT/receipt.pdf" >&2
admin assign "$REG" yosef >&2
admin team set "$REG" yosef >&2
admin letter "$REG" disposition --instruction "Segera telaah dan laporkan hasilnya." \
    --officer yosef --out "$OUT/disposition.pdf" >&2
letter assignment

# -- verification and completeness ----------------------------------------------------
officer verify "$REG" >&2
officer request-info "$REG" --missing "Foto bukti transfer yang terbaca" \
    --missing "Tanggal dan jam kejadian" >&2
letter request-completion

day 2026-12-18
officer reply "$REG" --summary "Pelapor mengirim foto bukti transfer dan jam kejadian." >&2
officer complete "$REG" >&2

# -- clarification: the reporter and a witness ----------------------------------------
officer transition "$REG" clarification >&2
WIT=$(officer --json witness add "$REG" --name "Agnes Seran" --phone 081311112222 \
    --unit "Loket Mutasi" | json '["id"]')
PLACE="Ruang Rapat Inspektorat BKD Provinsi NTT, Lantai 2"
REP_H=$(officer --json hearing schedule "$REG" --party reporter --day 2026-12-21 \
    --start 09:00 --place "$PLACE" --examiner "Yosef Nahak, S.H." | json '["id"]')
WIT_H=$(officer --json hearing schedule "$REG" --party witness --witness "$WIT" \
    --day 2026-12-21 --start 11:00 --place "$PLACE" --examiner "Yosef Nahak, S.H." \
    | json '["id"]')
letter invite-reporter --hearing "$REP_H"
letter request-witness --hearing "$WIT_H"

day 2026-12-21
for H in "$REP_H" "$WIT_H"; do
    officer hearing attendance "$H" --present >&2
    officer hearing minutes "$H" --qa "Apa yang Saudara ketahui?" \
        "Petugas loket meminta uang untuk mempercepat SK mutasi." >&2
done

# -- examination of the accused: two summonses ----------------------------------------
officer transition "$REG" examination >&2
officer calendar earliest-hearing --letter-date 2026-12-21 >&2
ACC_H=$(officer --json hearing schedule "$REG" --party accused --start 09:00 \
    --place "$PLACE" --examiner "Yosef Nahak, S.H." | json '["id"]')
letter summons-accused --hearing "$ACC_H"

day "$(officer --json hearing list "$REG" | json "[-1]['day']")"
officer hearing attendance "$ACC_H" --absent >&2
ACC2_H=$(officer --json hearing second-summons "$ACC_H" | json '["id"]')
letter summons-accused-2 --hearing "$ACC2_H"

day "$(officer --json hearing list "$REG" | json "[-1]['day']")"
officer hearing attendance "$ACC2_H" --present >&2
officer hearing minutes "$ACC2_H" \
    --qa "Apakah Saudara meminta uang kepada pelapor?" "Tidak benar." \
    --qa "Siapa pemilik rekening penerima transfer?" "Rekening itu milik saya." >&2
letter minutes --hearing "$ACC2_H"
letter examination-report \
    --findings "Terlapor menerima transfer Rp 2.500.000 dari pelapor ke rekening pribadinya." \
    --evidence "Bukti transfer bank tanggal 10 Desember 2026" \
    --evidence "Keterangan saksi Agnes Seran" \
    --conclusion "Terlapor terbukti melakukan pungutan liar." \
    --recommendation "Hukuman disiplin sedang."

# -- conclusion -----------------------------------------------------------------------
officer conclude "$REG" --outcome substantiated \
    --summary "Terlapor terbukti meminta uang Rp 2.500.000 kepada pelapor." \
    --recommendations "Hukuman disiplin sedang." >&2
letter reporter-notice
admin verify-audit >&2
officer show "$REG" >&2
echo "$REG"
