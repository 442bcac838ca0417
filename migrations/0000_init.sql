CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`join_code` text NOT NULL,
	`date` text,
	`timezone` text NOT NULL,
	`language` text NOT NULL,
	`phase` text DEFAULT 'proposing' NOT NULL,
	`dots_per_participant` integer NOT NULL,
	`max_dots_per_proposal` integer NOT NULL,
	`blind_voting` integer DEFAULT false NOT NULL,
	`admin_token_hash` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_join_code_idx` ON `events` (`join_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_admin_token_hash_idx` ON `events` (`admin_token_hash`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`name` text,
	`token_hash` text NOT NULL,
	`dots_used` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_token_hash_idx` ON `participants` (`token_hash`);--> statement-breakpoint
CREATE INDEX `participants_event_idx` ON `participants` (`event_id`);--> statement-breakpoint
CREATE TABLE `placements` (
	`proposal_id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`room_id` text NOT NULL,
	`slot_id` text NOT NULL,
	`pinned` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placements_cell_idx` ON `placements` (`room_id`,`slot_id`);--> statement-breakpoint
CREATE INDEX `placements_event_idx` ON `placements` (`event_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`author_id` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`hosts` text NOT NULL,
	`format` text DEFAULT 'discussion' NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`dots` integer DEFAULT 0 NOT NULL,
	`voters` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposals_event_idx` ON `proposals` (`event_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `proposals_author_idx` ON `proposals` (`author_id`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rooms_event_idx` ON `rooms` (`event_id`);--> statement-breakpoint
CREATE TABLE `slots` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`kind` text DEFAULT 'session' NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `slots_event_starts_idx` ON `slots` (`event_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `votes` (
	`participant_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	`event_id` text NOT NULL,
	`dots` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `proposal_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `votes_proposal_idx` ON `votes` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `votes_event_idx` ON `votes` (`event_id`);