-- security: users, their roles and teams (passwords are bcrypt hashes)
create table app_user (
    username      text primary key,
    display_name  text        not null,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table user_role (
    username text not null references app_user (username) on delete cascade,
    role     text not null check (role in ('BILLER', 'SUPERVISOR', 'ANALYST', 'ADMIN')),
    primary key (username, role)
);

create table team (
    id   bigserial primary key,
    name text not null unique
);

create table team_member (
    team_id  bigint not null references team (id) on delete cascade,
    username text   not null references app_user (username) on delete cascade,
    primary key (team_id, username)
);
