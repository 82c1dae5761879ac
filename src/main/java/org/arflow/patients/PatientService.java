package org.arflow.patients;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patients, found by name, birth date and member id so a patient is stored once. */
@Service
public class PatientService {

    private static final String COLUMNS = "id, first_name, last_name, birth_date, member_id";

    private final JdbcClient jdbc;

    PatientService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Patient findOrCreate(String firstName, String lastName, LocalDate birthDate, String memberId) {
        jdbc.sql("""
                        insert into patient (first_name, last_name, birth_date, member_id)
                        values (:first, :last, :birth, :member) on conflict do nothing""")
                .param("first", firstName.trim()).param("last", lastName.trim()).param("birth", birthDate)
                .param("member", memberId).update();
        return jdbc.sql("""
                        select %s from patient where lower(last_name) = lower(:last) and lower(first_name) = lower(:first)
                          and coalesce(birth_date, 'infinity'::date) = coalesce(cast(:birth as date), 'infinity'::date)
                          and coalesce(member_id, '') = coalesce(:member, '')""".formatted(COLUMNS))
                .param("first", firstName.trim()).param("last", lastName.trim()).param("birth", birthDate)
                .param("member", memberId).query(Patient.class).single();
    }

    public Optional<Patient> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from patient where id = :id").param("id", id)
                .query(Patient.class).optional();
    }
}
